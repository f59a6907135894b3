# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
members-invite-sent-next = Kabul edilene kadar “Bekleyen davetler” altında listelenir; orada yeniden gönderebilir veya geri çekebilirsiniz.
# machine-drafted
members-current-heading = Kaydı kimler düzenliyor
# machine-drafted
members-none-yet = Henüz kimse bir daveti kabul etmedi.
# machine-drafted
members-remove = Kaldır
# machine-drafted
members-pending-heading = Bekleyen davetler
# machine-drafted
members-pending-none = Bekleyen davet yok.
# machine-drafted
members-pending-intro = Bu kişiler davet edildi ve henüz kabul etmedi.
# machine-drafted
members-pending-until = Bağlantı { $date } tarihine kadar geçerli
# machine-drafted
members-resend = Yeniden gönder
# machine-drafted
members-revoke = Geri çek
# machine-drafted
members-done-resent = Davet yeni bir bağlantıyla yeniden gönderildi; eski bağlantı artık geçersiz.
# machine-drafted
members-done-revoked = Davet geri çekildi; bağlantısı artık geçersiz.
# machine-drafted
members-done-removed = Bu kişi artık kaydı düzenlemiyor.
# machine-drafted
members-error-gone = Bu davet veya kişi burada yok (artık yok).
# machine-drafted
members-role-owner-hint = Kaydı, teklifleri ve talepleri düzenler ve başka kişileri davet eder.
# machine-drafted
members-role-editor-hint = Kaydı, teklifleri ve talepleri düzenler, ancak kimseyi davet etmez.
# machine-drafted
members-role-editor-only = Kaydı sizinle birlikte düzenleyecek kişileri davet edersiniz: kaydı, teklifleri ve talepleri değiştirirler, ancak kimseyi davet etmezler.
# machine-drafted
profile-invite = Temsilci davet et
# machine-drafted
admin-invite-heading = Bir dernek için birini davet et
# machine-drafted
admin-invite-text = Derneği seçin. Sonraki sayfada e-posta adresini girer ve bekleyen davetleri görürsünüz.
# machine-drafted
admin-invite-organisation = Dernek
# machine-drafted
admin-invite-submit = Davete devam et
# machine-drafted
admin-own-account-hint = Kendi hesabınız – onu yalnızca başka bir yönetici devre dışı bırakabilir.
# machine-drafted
account-organisations-staff = Entegrasyon ofisi olarak üye olmadan her kaydı düzenlersiniz. Temsilcileri bir derneğin sayfasında (“Temsilci davet et”) veya hesap listesinde davet edersiniz.
